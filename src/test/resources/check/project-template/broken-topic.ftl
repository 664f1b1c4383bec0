<#ftl output_format="HTML">
<!DOCTYPE html>
<html lang="en"><head><title>topic</title></head>
<body>
<a href="${content.rootpath}index.html">home</a> · <a href="${content.rootpath}changelog.html">changelog</a>
${content.body?no_esc}
</body>
</html>
