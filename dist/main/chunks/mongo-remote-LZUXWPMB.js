import{a,b,c}from"./chunk-G236LW2X.js";import"./chunk-HSXITQUJ.js";import"./chunk-ADESFATS.js";import"./chunk-AJA43ILI.js";export{c as RemoteStart,a as mongoWorkerFile,b as prestartMongoWorker};
