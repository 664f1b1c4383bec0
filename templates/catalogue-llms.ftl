<#ftl output_format="plainText" strip_whitespace=true>
<#-- llms.txt of a repository of skills: each skill with its description, linked to its own llms.txt. -->
<#assign catalogue = content.page>
# ${catalogue.title}

> ${catalogue.skillCount} skills. Each has its own llms.txt, listing its pages in markdown, and llms-full.txt, all of them in one file.
<#list catalogue.groups as group>

## ${group.folder?has_content?then(group.folder, "Skills")}

<#list group.skills as skill>
- [${skill.name}](${skill.home?remove_ending("index.html")}llms.txt): ${skill.description?replace("\\s+", " ", "r")?trim}
</#list>
</#list>
