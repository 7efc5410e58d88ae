/**
 * Unknown fields in manifests. The kubernetes-models validators check types
 * and required fields but accept any extra key, so a misspelled
 * `readinesProbe` would pass them (and be dropped, or refused, by the API
 * server). The TypeScript compiler's excess-property check does catch it:
 * each manifest becomes an object literal typed with kubernetes-models'
 * interface for its kind, and any diagnostic is a finding.
 */
import path from 'node:path';
import ts from 'typescript';
import type { Manifest } from './k8s.ts';

/** Module and interface per `apiVersion/kind`. */
export const TYPES: Record<string, [string, string]> = {
  'v1/Namespace': ['kubernetes-models/v1/Namespace', 'INamespace'],
  'v1/ConfigMap': ['kubernetes-models/v1/ConfigMap', 'IConfigMap'],
  'v1/Secret': ['kubernetes-models/v1/Secret', 'ISecret'],
  'v1/Service': ['kubernetes-models/v1/Service', 'IService'],
  'apps/v1/Deployment': ['kubernetes-models/apps/v1/Deployment', 'IDeployment'],
  'batch/v1/CronJob': ['kubernetes-models/batch/v1/CronJob', 'ICronJob'],
  'policy/v1/PodDisruptionBudget': [
    'kubernetes-models/policy/v1/PodDisruptionBudget',
    'IPodDisruptionBudget',
  ],
  'autoscaling/v2/HorizontalPodAutoscaler': [
    'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler',
    'IHorizontalPodAutoscaler',
  ],
  'networking.k8s.io/v1/Ingress': ['kubernetes-models/networking.k8s.io/v1/Ingress', 'IIngress'],
  'networking.k8s.io/v1/NetworkPolicy': [
    'kubernetes-models/networking.k8s.io/v1/NetworkPolicy',
    'INetworkPolicy',
  ],
};

const label = (m: Manifest) => `${m.file}: ${m.kind}/${m.metadata.name}`;

/** Compiler findings per manifest (empty when every field is one its kind knows). */
export function unknownFields(manifests: Manifest[]): Map<string, string[]> {
  const lines: string[] = [];
  manifests.forEach((manifest, index) => {
    const [module, type] = TYPES[`${manifest.apiVersion}/${manifest.kind}`] ?? [];
    if (!module) throw new Error(`${label(manifest)}: no type known`);
    const { file: _file, ...data } = manifest;
    lines.push(`import type { ${type} as T${index} } from '${module}';`);
    lines.push(`export const m${index}: T${index} = ${JSON.stringify(data)};`);
  });
  // A file beside this one, so that kubernetes-models resolves from the tests package.
  const fileName = path.join(import.meta.dirname, '__manifests__.ts');
  const source = lines.join('\n');
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: [],
    lib: ['lib.es2022.d.ts'],
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) =>
    name === fileName ? ts.createSourceFile(name, source, language) : getSourceFile(name, language, ...rest);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (name === fileName ? source : readFile(name));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === fileName || fileExists(name);
  const program = ts.createProgram([fileName], options, host);
  const sourceFile = program.getSourceFile(fileName) as ts.SourceFile;
  const findings = new Map<string, string[]>();
  for (const diagnostic of [
    ...program.getSyntacticDiagnostics(sourceFile),
    ...program.getSemanticDiagnostics(sourceFile),
  ]) {
    const line = sourceFile.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line;
    const manifest = manifests[Math.floor(line / 2)] as Manifest;
    const list = findings.get(label(manifest)) ?? [];
    list.push(ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '));
    findings.set(label(manifest), list);
  }
  return findings;
}
