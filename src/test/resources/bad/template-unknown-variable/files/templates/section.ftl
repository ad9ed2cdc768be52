<#ftl output_format="HTML">
<!DOCTYPE html>
<html lang="en">
<head><title>${content.glossa.title}</title></head>
<body>
<p>By ${content.glossa.athor}</p>
</body>
</html>
