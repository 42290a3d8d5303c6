import{a,b,c}from"./chunk-JKR3YKRH.js";import"./chunk-HSXITQUJ.js";import"./chunk-SSXKLWIK.js";import"./chunk-AJA43ILI.js";export{c as RemoteStart,a as mongoWorkerFile,b as prestartMongoWorker};
