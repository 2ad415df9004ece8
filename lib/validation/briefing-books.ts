import { z } from "zod";
import { idSchema } from "./common";

export const generateBriefingSchema = z.object({ periodId: idSchema });
