import{a,b}from"./chunk-2JEVXOTL.js";import"./chunk-KA35K277.js";import"./chunk-WBP75FLI.js";import"./chunk-SSXKLWIK.js";import"./chunk-AJA43ILI.js";export{a as reachMongo,b as rootCredentials};
