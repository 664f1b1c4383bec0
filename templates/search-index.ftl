<#ftl output_format="plainText" strip_whitespace=true>
<#-- The search index as a script (a global, not JSON to fetch), so it also loads from file://.
     t title, s section, u address from the site root, d description, h [heading, id] pairs, w body words. -->
window.skillsiteSearch = [
<#list content.page.entries as e>
{"t":"${e.title?json_string}","s":"${e.section?json_string}","u":"${e.path?json_string}","d":"${e.description?json_string}","h":[<#list e.headings as h>["${h.text?json_string}","${h.id?json_string}"]<#sep>,</#list>],"w":"${e.words?json_string}"}<#sep>,</#sep>
</#list>
];
