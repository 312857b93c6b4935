package budgetledger.app.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;


/** A request authenticated by an API token (stateless: never kept in a session). */
public class TokenAuthentication extends AbstractAuthenticationToken {
    private final String username;
    private final String tokenId;

    public TokenAuthentication(LedgerUser user, String tokenId) {
        super(user.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList());
        this.username = user.username();
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null; // the token itself is never kept
    }

    @Override
    public Object getPrincipal() {
        return username;
    }

    @Override
    public String getName() {
        return username;
    }

    public String tokenId() {
        return tokenId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TokenAuthentication t && super.equals(o) && t.tokenId.equals(tokenId);
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + tokenId.hashCode();
    }

}
