package budgetledger.app.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing for the server and the CLI alike: Spring's DelegatingPasswordEncoder — new hashes are bcrypt
 * ({@code {bcrypt}$2a$10$…}), and the {@code {id}} prefix lets a later, stronger default (argon2) take over as users
 * change their passwords, without invalidating stored hashes.
 */
@Configuration(proxyBeanMethods = false)
public class PasswordConfig {

    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
