<#ftl output_format="plainText" strip_whitespace=true>
<#-- One shard of the words a search query can match: sorted, space-separated. -->
skillsiteSearch.receive(document.currentScript.src, "${content.page.words?json_string}");
