<#ftl output_format="HTML">
<#-- "Cite this essay": shown on the home page and on any page whose front matter says `cite: true`.
     `c` is content.glossa.cite (site/PageMetadata); the citation is formatted in Java by a CSL processor. -->
<#macro block c>
<section class="cite-essay" aria-labelledby="cite-this-essay-title">
  <h2 id="cite-this-essay-title">Cite this essay</h2>
  <p class="cite-text">${c.html?no_esc}</p>
  <#if c.modifiedText?has_content><p class="cite-revised">Last revised ${c.modifiedText}.</p></#if>
  <p class="cite-downloads">Download the reference:
  <#list c.files as f><a href="${f.url}" type="${f.type}" download>${f.label}</a><#sep> · </#list></p>
</section>
</#macro>
