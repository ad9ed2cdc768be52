package org.glossa.model;

/** A heading of a page: its anchor, its plain text and its level (2 for {@code ##}). */
public record Heading(String id, String text, int level) {}
