<#ftl output_format="plainText" strip_whitespace=true>
<#-- llms-full.txt: every topic's markdown in the order llms.txt lists them; links lead to the markdown copies. -->
<#assign site = content.site>
# ${site.skillName?has_content?then(site.skillName, site.title)}

> ${site.description?replace("\\s+", " ", "r")?trim}
<#list content.page.topics as topic>

${topic.text()}
</#list>
