/**
 * The images of Cognigy.AI 4.41.2, as the chart's values at that tag name them (the kustomize
 * release of the same tag runs the same ones for every Deployment the seed has, except
 * management-ui, whose kustomize tag differs): the seeds run them, so an image check against the
 * real chart passes on the seeds. Facts gathered from the v4.41.2 tags; no chart code.
 */
const R = 'cognigy.azurecr.io';
const C = 'ccebb3e0f736f4654657720cec4272828c73fc2b';
const D = 'd9b430fff96bbb8b3249a5c588526f811e99c957';
const NLP = '617232c7ab66d2bbe05469bfc8d8fbde242aa2fb';

/** Deployment name -> image at 4.41.2 (the seeded Deployments, service-app-session-manager included). */
export const IMAGES_4_41_2: Readonly<Record<string, string>> = {
  clamd: `${R}/clamav:0.105`,
  'management-ui': `${R}/management-ui:${C}`,
  rabbitmq: `${R}/rabbitmq:3.9.24_cognigy-4.X`,
  redis: `${R}/redis:5.0.14_cognigy_4.X`,
  'redis-persistent': `${R}/redis:5.0.14_cognigy_4.X`,
  'service-ai': `${R}/service-ai:${C}`,
  'service-alexa-management': `${R}/service-alexa-management:${C}`,
  'service-analytics-collector': `${R}/service-analytics-collector:release-31187f9-1670235173`,
  'service-analytics-conversations': `${R}/service-analytics-conversations:release-d50df17-1670235174`,
  'service-analytics-odata': `${R}/service-analytics-odata:release-aec2194-1670235165`,
  'service-analytics-reporter': `${R}/service-analytics-reporter:release-f35437a-1670235181`,
  'service-api': `${R}/service-api:${D}`,
  'service-app-session-manager': `${R}/service-app-session-manager:${C}`,
  'service-collector': `${R}/service-collector:release-974e727-1670235190`,
  'service-custom-modules': `${R}/service-custom-modules:${C}`,
  'service-endpoint': `${R}/service-endpoint:${D}`,
  'service-execution': `${R}/service-execution:${C}`,
  'service-function-execution': `${R}/service-function-execution:${C}`,
  'service-function-scheduler': `${R}/service-function-scheduler:${C}`,
  'service-handover': `${R}/service-handover:${D}`,
  'service-http': `${R}/service-http:${C}`,
  'service-insights-api': `${R}/service-insights-api:release-bef0524-1670235162`,
  'service-insights-ui': `${R}/service-insights-ui:release-73d9d1c-1670235167`,
  'service-journeys': `${R}/service-journeys:${C}`,
  'service-logs': `${R}/service-logs:${C}`,
  'service-nlp-matcher': `${R}/service-nlp-matcher:f984f883efac025867a1203b868cf6c32e8e92b0`,
  'service-nlp-ner': `${R}/service-nlp-ner:${C}`,
  'service-nlp-score-de': `${R}/service-nlp:${NLP}`,
  'service-nlp-score-en': `${R}/service-nlp-en:${NLP}`,
  'service-nlp-train-de': `${R}/service-nlp:${NLP}`,
  'service-nlp-train-en': `${R}/service-nlp-en:${NLP}`,
  'service-parser': `${R}/service-parser:64216f21879de761fff49fdcd61721a4e2d7e773`,
  'service-playbook-execution': `${R}/service-playbook-execution:${C}`,
  'service-profiles': `${R}/service-profiles:${C}`,
  'service-resources': `${R}/service-resources:${C}`,
  'service-runtime-file-manager': `${R}/service-runtime-file-manager:${C}`,
  'service-security': `${R}/service-security:${C}`,
  'service-session-state-manager': `${R}/service-session-state-manager:${C}`,
  'service-static-files': `${R}/service-static-files:4cd04edee313f8f7a27c9d735f01700122f304a6`,
  'service-task-manager': `${R}/service-task-manager:${C}`,
  'service-trainer': `${R}/service-trainer:${C}`,
  'service-ui': `${R}/service-ui:${D}`,
  'service-webchat': `${R}/service-webchat:${C}`,
  traefik: `${R}/traefik:2.6.3`,
};
