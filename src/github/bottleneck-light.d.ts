// bottleneck ships types for its main entry only; the light build (no Redis
// clustering, what @octokit/plugin-throttling itself loads) is the same class.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck'
  export default Bottleneck
}
