function t(e,o){let i=e.adoptions.some(n=>n.kind===o.kind&&n.name===o.name&&(n.namespace??"")===(o.namespace??""));return i||e.adoptions.push(o),!i}export{t as a};
