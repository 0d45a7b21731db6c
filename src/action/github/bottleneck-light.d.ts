// bottleneck/light.js is the same class as the package's main export without its Redis clustering
// (the build the throttling plugin itself uses), but the package ships types for the main entry only.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
