package org.glossa.diag;

/** How serious a problem is. Warnings let a build pass unless it runs with {@code --strict}. */
public enum Severity {
    ERROR,
    WARNING;

    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
