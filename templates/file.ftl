<#ftl output_format="HTML" strip_whitespace=true>
<#-- A text file of the skill (a script, a template, a license), highlighted, with the file itself one click away. -->
<#import "layout.ftl" as layout>
<#assign view = content.page>
<#assign here = {"label": view.name, "path": view.path}>
<@layout.page title=view.name>
<@layout.breadcrumb items=view.folder?has_content?then([{"label": view.folder, "path": ""}, here], [here])/>
<article class="file">
  <h1>${view.name}</h1>
  <p class="file-facts">${view.size}<#if view.language != "text"> · ${view.language}</#if> · <a href="${content.rootpath}${view.rawPath}" download>The file itself</a></p>
  ${content.body?no_esc}
  <nav class="pager" aria-label="Previous and next in this folder">
    <#if view.previous??><a class="previous" rel="prev" href="${content.rootpath}${view.previous.path}"><span>Previous</span> ${view.previous.label}</a></#if>
    <#if view.next??><a class="next" rel="next" href="${content.rootpath}${view.next.path}"><span>Next</span> ${view.next.label}</a></#if>
  </nav>
</article>
</@layout.page>
