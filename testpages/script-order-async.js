// An async script: runs as soon as it has loaded, here after the page is parsed.
ran('async', 'async script: readyState ' + document.readyState);
