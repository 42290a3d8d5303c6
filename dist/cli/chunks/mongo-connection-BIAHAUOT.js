import{b as a,c as b,d as c}from"./chunk-PGZ6PQVI.js";import"./chunk-AJA43ILI.js";export{c as mongoConnector,a as mongoLocation,b as mongoOpener};
