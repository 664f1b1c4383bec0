<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.page title="Page not found">
<article class="not-found">
  <h1>Page not found</h1>
  <p>There is no page at this address. Start again from the <a href="${content.rootpath}index.html">routing table</a>, or pick one of the ${content.site.sectionsTitle?lower_case}:</p>
  <ul>
  <#list content.site.sections as s>
    <li><a href="${content.rootpath}${s.path}">${s.title}</a></li>
  </#list>
  </ul>
</article>
</@layout.page>
