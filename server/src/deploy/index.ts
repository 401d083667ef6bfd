/**
 * The deploy engine: push a cluster's configurations to its machines over SSH, safely.
 *
 *   deployCluster(folder, options)  -> DeployResult   (steps 1-7; dryRun stops after the diff)
 *   clusterStatus(folder, options)  -> StatusResult
 *   rollbackCluster(folder, options) -> RollbackResult
 *   planDeploy({ fs, folder, overlay }) -> DeployPlan (local only: files, order, secrets)
 */
export { clusterStatus, deployCluster, localFindings, rollbackCluster, serviceCommands, type DeployOptions, type DeployResult, type DeployStage, type EngineOptions, type NodeState, type RollbackResult, type StatusResult } from './engine.js';
export { nodeHttpClient, type HttpClient, type HttpResponse } from './http.js';
export { openSshTransport, openSshTransports, sshArguments, sshOptions } from './openssh.js';
export { applyOrder, clusterSecrets, planDeploy, type DeployPlan, type NodePlan, type PlannedFile, type WebPlan } from './plan.js';
export { shellCommand, shellQuote } from './quote.js';
export { REDACTED, redactor, type Redactor } from './redact.js';
export { redactingReporter, textReporter, type Reporter } from './report.js';
export { mergeOverlay, readDeploySettings, type DeploySettings } from './settings.js';
export { isServerUp, parseStatsCsv, serverRows, type StatsRow } from './stats.js';
export type { CommandResult, MachineRef, Transport, TransportFactory, UploadData } from './transport.js';
