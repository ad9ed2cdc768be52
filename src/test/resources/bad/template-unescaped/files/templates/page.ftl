<#import "layout.ftl" as layout>
<@layout.page g=content.glossa>
<h1>${content.glossa.title}</h1>
</@layout.page>
