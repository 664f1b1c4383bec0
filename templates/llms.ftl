<#ftl output_format="plainText" strip_whitespace=true>
<#-- llms.txt (https://llmstxt.org): the skill's name, its description as the summary, how to route a task,
     then one H2 per section listing each topic's markdown copy with what it covers. Links are relative to this file. -->
<#assign site = content.site>
# ${site.skillName?has_content?then(site.skillName, site.title)}

> ${site.description?replace("\\s+", " ", "r")?trim}

${site.title}<#if site.version?has_content>, version ${site.version}</#if>. Every link below is a topic in markdown; [llms-full.txt](llms-full.txt) holds them all in one file and [index.html](index.html) is the website.

Where to start, by task:

<#list site.routes as route>
- ${route.task}: <#list route.targets as target>${target.section.label}<#if target.topics?has_content> (<#list target.topics as t>${t.label}<#sep>, </#list>)</#if><#sep>; </#list>
</#list>
<#list site.sections as s>

## ${s.title}

<#list s.topics as t>
- [${t.title}](${t.markdownPath?remove_beginning(site.base)}): ${t.description}
</#list>
</#list>
<#list site.folders as f>

## ${f.title?has_content?then(f.title, "More pages")}

<#list f.items as item>
- [${item.label}](${item.sourcePath?remove_beginning(site.base)})
</#list>
</#list>
