<#ftl output_format="HTML">
<!DOCTYPE html>
<html lang="en">
<head><title>${content.glossa.title}</title></head>
<body>
<#include "partials/banner.ftl">
</body>
</html>
