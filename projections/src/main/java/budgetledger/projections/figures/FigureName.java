package budgetledger.projections.figures;

/**
 * The name of one key figure, as it is spelled in the figures JSON, with what is needed to print and check it:
 * its kind, its scope and its meaning. Every name comes from the catalogue {@link FigureNames}; the 上年 and 变动
 * columns of a department figure are {@link #prior()}, {@link #change()} and {@link #changeRate()}.
 */
public final class FigureName implements Comparable<FigureName> {
    /** How a figure is printed: money "1796.78", rate "0.9655" (null over zero), count 70, score "99.66", grade "优". */
    public enum Kind { MONEY, RATE, COUNT, SCORE, GRADE }

    /** The department's figures, or those of one project's form (where {@code budget.full} is the project's). */
    public enum Scope { DEPARTMENT, PROJECT }

    /** Which column of the report a name is: this year, 上年 ({@code prior.}), 增减 or 增减率 ({@code change.}). */
    public enum Column { CURRENT, PRIOR, CHANGE, CHANGE_RATE }

    static final String PRIOR = "prior.";
    static final String CHANGE = "change.";
    static final String RATE = ".rate";

    private final String key;
    private final Kind kind;
    private final Scope scope;
    private final String meaning;
    private final FigureName base;
    private final Column column;
    /** The classification code of a per-code figure, null for any other. */
    private final String code;

    /** Only the catalogue names figures; derived names keep their base and describe themselves by it. */
    FigureName(String key, Kind kind, Scope scope, String meaning, String code) {
        this(key, kind, scope, meaning, null, Column.CURRENT, code);
    }

    private FigureName(String key, Kind kind, Scope scope, String meaning, FigureName base, Column column,
                       String code) {
        this.key = key;
        this.kind = kind;
        this.scope = scope;
        this.meaning = meaning;
        this.base = base;
        this.column = column;
        this.code = code;
    }

    /** {@code prior.<name>}: the same figure of the prior year at the same asOf (zero when there is none). */
    public FigureName prior() {
        if (scope != Scope.DEPARTMENT || base != null) {
            throw new IllegalArgumentException("no prior-year figure of " + key);
        }
        return new FigureName(PRIOR + key, kind, scope, "上年同期 — prior year: ", this, Column.PRIOR, code);
    }

    /** {@code change.<name>}: this year − prior year, for department money figures. */
    public FigureName change() {
        requireChangeable();
        return new FigureName(CHANGE + key, Kind.MONEY, scope, "增减 — change on the prior year: ", this, Column.CHANGE, code);
    }

    /** {@code change.<name>.rate}: change ÷ prior year (null when the prior year is zero). */
    public FigureName changeRate() {
        requireChangeable();
        return new FigureName(CHANGE + key + RATE, Kind.RATE, scope, "增减率 — change ÷ prior year: ", this, Column.CHANGE_RATE, code);
    }

    boolean changeable() {
        return kind == Kind.MONEY && scope == Scope.DEPARTMENT && base == null;
    }

    private void requireChangeable() {
        if (!changeable()) {
            throw new IllegalArgumentException("only department money figures have a change figure: " + key);
        }
    }

    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    public Scope scope() {
        return scope;
    }

    /** The Chinese name alone ("一般公共预算人员经费"), for text a reader sees; {@link #meaning()} has both. */
    public String chineseName() {
        String m = meaning();
        int dash = m.indexOf(" — ");
        return dash < 0 ? m : m.substring(0, dash);
    }

    /** 中文 — English, one line. */
    public String meaning() {
        return base == null ? meaning : meaning + base.meaning();
    }

    /**
     * One of a family per classification code ({@code expenditure.function.<code>}, {@code .economic.<code>}) or a
     * prior./change. form of one: present only for codes spent this year or last, zero for any other code.
     */
    public boolean perCode() {
        return code != null;
    }

    /** The code of a per-code figure ({@code 30201} of {@code expenditure.economic.30201}), else null. */
    public String code() {
        return code;
    }

    public Column column() {
        return column;
    }

    /** The figure a prior./change. name is derived from, else this one. */
    public FigureName base() {
        return base == null ? this : base;
    }

    @Override
    public int compareTo(FigureName o) {
        return key.compareTo(o.key);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FigureName n && n.key.equals(key) && n.scope == scope;
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + scope.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
