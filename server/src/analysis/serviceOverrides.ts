/** The main.cf settings a master.cf service overrides with its `-o` options. */
import { MasterCfDocument, ServiceNode } from '../parser/masterCf';

/** The smtpd services of master.cf: their names as written ("smtp", "submission", "127.0.0.1:2525" ...). */
export function smtpdServices(master: MasterCfDocument): ServiceNode[] {
  return master.services.filter((s) => s.type?.text === 'inet' && s.command?.text === 'smtpd' && s.service);
}

/**
 * The `-o name=value` settings of the named inet service that runs smtpd (the last entry
 * wins, as in master), or undefined when master.cf has no such service.
 */
export function serviceOverrides(master: MasterCfDocument, name: string): Map<string, string> | undefined {
  const matching = smtpdServices(master).filter((s) => s.service!.text === name);
  const service = matching[matching.length - 1];
  if (!service) return undefined;
  const overrides = new Map<string, string>();
  for (const option of service.options) if (option.name && !option.missingEquals) overrides.set(option.name, option.value);
  return overrides;
}
