/**
 * Bibliography loading and citation formatting.
 *
 * <p>{@link org.glossa.cite.Bibliography#load} reads the essay's BibTeX file with exact positions
 * ({@code bib.syntax}, {@code bib.duplicate}, {@code bib.type} diagnostics) into {@link
 * org.glossa.cite.Source}s, each in one {@link org.glossa.cite.SourceGroup} of the sources page. A
 * {@link org.glossa.cite.CitationFormatter} turns sources and {@link org.glossa.cite.Cite}s (prefix,
 * {@link org.glossa.cite.Locator}, suffix) into Chicago notes-and-bibliography HTML (17th edition,
 * en-US) through citeproc-java, offline, with no inline styles.
 *
 * <p>Depends only on {@code org.glossa.diag}, citeproc-java (with the CSL styles and locales jars)
 * and jsoup.
 */
package org.glossa.cite;
