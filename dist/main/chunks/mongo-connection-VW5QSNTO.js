import{a,b}from"./chunk-AHFAJDSZ.js";import"./chunk-AJA43ILI.js";export{b as mongoConnector,a as mongoLocation};
