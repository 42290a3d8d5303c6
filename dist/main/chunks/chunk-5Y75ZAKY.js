var t="K2hMigrationRecord",e="migration-record.json",r="pvc-backups",n=["aws","azure","generic"],s=["Delete","Retain","Recycle"];export{t as a,e as b,r as c,n as d,s as e};
