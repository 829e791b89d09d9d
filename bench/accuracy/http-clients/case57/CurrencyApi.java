// Retrofit interface of the currency conversion API.
package httpclients.case57;

import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;

public interface CurrencyApi {

    @GET("convert/{from}/{to}")
    Call<ResponseBody> convert(@Path("from") String from, @Path("to") String to);
}
