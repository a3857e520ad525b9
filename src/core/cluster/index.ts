/**
 * Cluster-aware review, pure: given what the values render, the diff and a
 * snapshot of what a cluster holds (read by src/kube), the current status
 * of each Secret and the drift between values and cluster.
 */
export { describeDrift, detectDrift, specDifferences, durationSeconds, MAX_DRIFT_FIELDS } from './drift.js'
export type { DriftItem, DriftResult, ResourceKind } from './drift.js'
export { reviewCluster } from './review.js'
export type { ChangeStatus, ClusterReview, ClusterReviewInput } from './review.js'
export { secretStatus, oneLine, MAX_MESSAGE } from './secret-status.js'
export type { SecretState, SecretStatus } from './secret-status.js'
export { liveInventory, unreachableSnapshot } from './snapshot.js'
export type { ClusterSnapshot, LiveClusterExternalSecret, LiveCondition, LiveExternalSecret, LiveNamespace, LiveStore } from './snapshot.js'
export { buildStatusReport } from './status-report.js'
export type { ClusterExternalSecretStatus, InventorySource, StatusCounts, StatusReport, StoreStatus } from './status-report.js'
export { statusToJson, secretJson, STATUS_JSON_VERSION } from './status-json.js'
export { formatStatusText, stateWord, statusDetail } from './status-text.js'
export { clusterReviewJson } from './review-json.js'
