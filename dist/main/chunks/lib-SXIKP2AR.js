import{a}from"./chunk-MCNNDDM7.js";import"./chunk-5P4EGROB.js";import"./chunk-5SXG4J4S.js";import"./chunk-AJA43ILI.js";export default a();
