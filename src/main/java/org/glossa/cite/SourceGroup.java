package org.glossa.cite;

/** The three lists of the sources page, in the order they are shown. */
public enum SourceGroup {
    PRIMARY("Primary documents"),
    SCHOLARSHIP("Books and articles"),
    NEWS("News and commentary");

    private final String heading;

    SourceGroup(String heading) {
        this.heading = heading;
    }

    /** The heading readers see, e.g. {@code Primary documents}. */
    public String heading() {
        return heading;
    }
}
