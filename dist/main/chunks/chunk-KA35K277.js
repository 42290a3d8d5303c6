var o=t=>t.then(e=>({ok:!0,value:e}),e=>({ok:!1,error:e}));async function r(t){let e=await t;if(e.ok)return e.value;throw e.error}export{o as a,r as b};
