import { z } from "zod";

export const ZEmail = z.string().trim().toLowerCase().email("Enter a valid email address.").max(254);

export const ZSignIn = z.object({
  email: ZEmail,
  password: z.string().min(1, "Enter your password.").max(200),
});
export type TSignIn = z.infer<typeof ZSignIn>;

export const ZSignUp = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100),
  email: ZEmail,
  password: z.string().min(10, "Use at least 10 characters.").max(200),
  inviteToken: z.string().max(200).optional(),
});
export type TSignUp = z.infer<typeof ZSignUp>;
