import{homedir as e}from"node:os";import{join as o}from"node:path";function c(r=process.env){return r.XDG_CACHE_HOME?o(r.XDG_CACHE_HOME,"k2h"):o(r.HOME||e(),".cache","k2h")}export{c as a};
