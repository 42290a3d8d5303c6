import{a,b}from"./chunk-SEDUIZ64.js";import"./chunk-KA35K277.js";import"./chunk-WBP75FLI.js";import"./chunk-ADESFATS.js";import"./chunk-AJA43ILI.js";export{a as reachMongo,b as rootCredentials};
