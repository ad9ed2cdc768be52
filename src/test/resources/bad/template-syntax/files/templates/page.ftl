<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page g=content.glossa>
<#if x>
</@layout.page>
