import { createRequire as __k2hCreateRequire } from 'node:module';
import { fileURLToPath as __k2hFileURLToPath } from 'node:url';
import { dirname as __k2hDirname } from 'node:path';
const require = __k2hCreateRequire(import.meta.url);
const __k2h_filename = __k2hFileURLToPath(import.meta.url);
const __k2h_dirname = __k2hDirname(__k2h_filename);
import{c as a}from"./chunk-UNOYEKI5.js";import"./chunk-PYQBGXV2.js";import"./chunk-7P7NAJUD.js";import"./chunk-HNC2TQKT.js";import"./chunk-V7X5VXXH.js";import"./chunk-TC57IJ27.js";import"./chunk-OBLIBIXH.js";import"./chunk-J72L6N5K.js";import"./chunk-H4KY3AUP.js";import"./chunk-OPF65ZDQ.js";import"./chunk-ZPDOWRRB.js";import"./chunk-DYRMXV4S.js";import"./chunk-F7Q3AC62.js";import"./chunk-ENRTF4YE.js";import"./chunk-R5RXW35H.js";import"./chunk-4LGNNY5B.js";import"./chunk-JSVAKUMR.js";import"./chunk-7CPWJJ2D.js";import"./chunk-ADESFATS.js";import"./chunk-5P4EGROB.js";import"./chunk-AJA43ILI.js";export{a as downtime};
