<#ftl output_format="HTML">
<#-- The frame every page shares. `g` is the page model Glossa computes (content.glossa). -->
<#macro page g>
<!DOCTYPE html>
<html lang="${g.site.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'">
<title>${g.meta.title}</title>
<#if g.meta.description?has_content><meta name="description" content="${g.meta.description}"></#if>
<#if g.meta.robots?has_content><meta name="robots" content="${g.meta.robots}"></#if>
<#-- Canonical URL, feed, licence, schema.DCTERMS; then Open Graph, Twitter, Highwire Press and Dublin Core: computed in Java (site/PageMetadata). -->
<#list g.meta.links as l>
<link rel="${l.rel}" href="${l.href}"<#if l.type?has_content> type="${l.type}"</#if><#if l.title?has_content> title="${l.title}"</#if>>
</#list>
<link rel="icon" href="${g.root}favicon.svg" type="image/svg+xml">
<#list g.meta.tags as t>
<#if t.property><meta property="${t.name}" content="${t.content}"><#else><meta name="${t.name}" content="${t.content}"></#if>
</#list>
<#if g.meta.jsonLd?has_content><script type="application/ld+json">${g.meta.jsonLd?no_esc}</script></#if>
<meta name="color-scheme" content="light dark">
<link rel="stylesheet" href="${g.root}css/glossa.css">
<script src="${g.root}js/theme.js"></script>
<script src="${g.root}js/glossa.js" defer></script>
</head>
<body class="type-${g.type}">
<a class="skip-link" href="#main">Skip to the text</a>
<header class="site-header">
  <div class="site-header-inner">
    <a class="site-title" href="${g.site.homeUrl}">${g.site.title}</a>
    <details class="site-menu">
      <summary>Menu</summary>
      <nav class="site-nav" aria-label="Site">
        <ul>
          <li><a href="${g.site.homeUrl}#contents">Contents</a></li>
          <#if g.site.glossaryUrl??><li><a href="${g.site.glossaryUrl}"<#if g.type == "glossaryindex"> aria-current="page"</#if>>Glossary</a></li></#if>
          <li><a href="${g.site.sourcesUrl}"<#if g.type == "sources"> aria-current="page"</#if>>Sources</a></li>
          <#list g.site.sidebars as s><li><a href="${s.url}"<#if s.url?ends_with(g.url)> aria-current="page"</#if>><#if g.site.sidebars?size == 1>Sidebar<#else>${s.title}</#if></a></li></#list>
          <#list g.site.pages as p><li><a href="${p.url}"<#if p.url?ends_with(g.url)> aria-current="page"</#if>>${p.title}</a></li></#list>
        </ul>
      </nav>
    </details>
    <div class="site-tools" data-root="${g.root}" data-search-index="${g.root}search-index.json" data-search-lib="${g.root}js/lunr.min.js">
      <p class="search-fallback">Find your way: <a href="${g.site.homeUrl}#contents">contents</a><#if g.site.glossaryUrl??> · <a href="${g.site.glossaryUrl}">glossary index</a></#if></p>
    </div>
  </div>
</header>
<main id="main" tabindex="-1">
<#nested>
</main>
<footer class="site-footer">
  <p>${g.site.title}<#if g.site.author?has_content> · ${g.site.author}</#if>.
  <#if g.site.licence?has_content>Text licensed under <#if g.site.licenceUrl?has_content><a href="${g.site.licenceUrl}" rel="license">${g.site.licence}</a><#else>${g.site.licence}</#if>.</#if></p>
  <p><a href="${g.site.homeUrl}#contents">Contents</a> · <a href="${g.site.sourcesUrl}">Sources</a><#list g.site.pages as p> · <a href="${p.url}">${p.title}</a></#list> · <a href="${g.site.creditsUrl}">Credits</a></p>
</footer>
</body>
</html>
</#macro>

<#-- A section's own contents, when it has three or more headings. -->
<#macro toc g>
<#if g.toc?has_content>
<nav class="page-toc" aria-labelledby="page-toc-title">
  <h2 id="page-toc-title" class="page-toc-title">In this section</h2>
  <ol>
  <#list g.toc as h><li class="toc-level-${h.level}"><a href="#${h.id}">${h.text}</a></li></#list>
  </ol>
</nav>
</#if>
</#macro>

<#-- The page's notes, numbered in order of first use, each with one back-link per reference to it. -->
<#macro endnotes g>
<#if g.notes?has_content>
<section class="endnotes" role="doc-endnotes" aria-labelledby="notes-title">
  <h2 id="notes-title">Notes</h2>
  <ol>
  <#list g.notes as n>
    <li id="${n.id}" class="note" value="${n.number?c}"><div class="note-body">${n.html?no_esc}</div>
      <#list n.backlinks as b><a class="backlink" role="doc-backlink" href="${b.href}" aria-label="${b.label}">↩<#if n.backlinks?size gt 1><sup>${b.ordinal?c}</sup></#if></a><#sep> </#list></li>
  </#list>
  </ol>
</section>
</#if>
</#macro>

<#-- Once per term this page links: the short definition its preview shows (hidden; the popover script reads it). -->
<#macro termDefs g>
<#if g.termDefs?has_content>
<div class="term-defs" hidden>
<#list g.termDefs as d>
  <div class="term-def" id="${d.id}"><p class="term-def-title">${d.term}</p><p>${d.short}</p><p><a href="${d.url}">Read more</a></p></div>
</#list>
</div>
</#if>
</#macro>

<#-- The sidebars a section declares: in the margin on wide screens, an open collapsible box in the text below that. -->
<#macro sidebarBoxes g>
<#list (g.sidebarBoxes![]) as b>
<aside class="sidebar-box" id="${b.id}" aria-labelledby="${b.titleId}">
  <details open><summary><h2 id="${b.titleId}">Sidebar: ${b.title}</h2></summary>
    <#if b.text?has_content><p class="sidebar-box-text">${b.text}</p></#if>
    <#if b.timeline?has_content>
    <table class="sidebar-timeline">
      <caption>${b.timelineTitle}</caption>
      <thead><tr><th scope="col">Date</th><th scope="col">Event</th></tr></thead>
      <tbody>
      <#list b.timeline as row>
        <tr><th scope="row">${row.date}</th><td>${row.event}</td></tr>
      </#list>
      </tbody>
    </table>
    </#if>
    <p class="sidebar-box-more"><a href="${b.url}">Read the full sidebar</a><#if b.timelineUrl??> · <a href="${b.timelineUrl}">the timeline with its sources</a></#if></p>
  </details>
</aside>
</#list>
</#macro>
