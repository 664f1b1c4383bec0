<#ftl output_format="plainText" strip_whitespace=true>
<#-- What search results show for a run of pages: [title, section, address from the site root, description,
     [[heading, id], ...]] each. -->
skillsiteSearch.receive(document.currentScript.src, [
<#list content.page.entries as e>
["${e.title?json_string}","${e.section?json_string}","${e.path?json_string}","${e.description?json_string}",[<#list e.headings as h>["${h.text?json_string}","${h.id?json_string}"]<#sep>,</#list>]]<#sep>,</#sep>
</#list>
]);
