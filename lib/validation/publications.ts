import { z } from "zod";
import { idSchema } from "./common";

/** Publishing and unpublishing both name the reporting period (a bureau's document as of its date). */
export const publicationSchema = z.object({ periodId: idSchema });
