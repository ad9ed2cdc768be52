package org.glossa.model;

/**
 * Something a resolver attached to a page (under {@link Page#data()}) that
 * templates should see as {@code content.glossa.<key>}: it gives a plain map or list, with URLs
 * made relative to the page through {@code root}.
 */
public interface TemplateData {
    Object forTemplate(String root);
}
