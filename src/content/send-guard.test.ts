import { describe, expect, it } from "vitest";
import { isSendLabel } from "./send-guard.ts";

describe("isSendLabel", () => {
  it("reads Send in Seller Central's languages, alone or in a short label", () => {
    for (const label of ["Send", "Send reply", "Send message", "Senden", "Antwort senden", "Envoyer", "Envoyer la réponse", "Enviar", "Enviar mensaje", "Invia", "Verzenden", "Skicka", "Wyślij", "Gönder", "送信", "メッセージを送信", "发送", " SEND "]) {
      expect(isSendLabel(label), label).toBe(true);
    }
  });

  it("leaves other controls alone: cancel, negations, long text, words that only contain 'send'", () => {
    for (const label of ["", "Cancel", "Don't send", "Resend code", "Sender", "Senden abbrechen", "Annuler", "キャンセル", "Save draft", "Please send us a photo of the damaged item before anything else"]) {
      expect(isSendLabel(label), label).toBe(false);
    }
  });
});
