// A deferred script: runs after the whole page is parsed, before DOMContentLoaded.
ran('defer', 'defer script: readyState ' + document.readyState + ', the last paragraph is '
    + (document.getElementById('last') === null ? 'missing' : 'parsed'));
