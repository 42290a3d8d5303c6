import{a}from"./chunk-ARPJO6WH.js";import"./chunk-XOJRPI7T.js";import"./chunk-AJA43ILI.js";export default a();
