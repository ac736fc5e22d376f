/** The service worker bundle's entry (dist/chrome/background.js). */
import { workerApi } from "./browser-api.ts";
import { startWorker } from "./worker.ts";

startWorker(workerApi());
