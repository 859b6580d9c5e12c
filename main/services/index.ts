/** The services' public face for the transports (Electron, web host, CLI). */
export { openServices, createServices, type Services, type OpenServicesOptions } from './open-services';
export { defaultDataDir, databasePath, DATABASE_FILE } from './data-dir';
export { StartupError } from '../store/startup-error';
