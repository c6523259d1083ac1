// The offline API explorer (GraphiQL) — built with the CMS; see explorer.html.
document.getElementById('explorer')!.textContent = 'GraphiQL comes here';
