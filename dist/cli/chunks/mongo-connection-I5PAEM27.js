import{a,b}from"./chunk-B375MY6G.js";import"./chunk-AJA43ILI.js";export{b as mongoConnector,a as mongoLocation};
